// Which view answers which address.
import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { DashboardView } from '../dashboard/dashboard-view';
import { MeetingsView } from '../meetings/meetings-view';
import { MeetingView } from '../meetings/meeting-view';
import { LibraryView } from '../library/library-view';
import { DocumentView } from '../library/document-view';
import { CompareView } from '../library/revisions/compare-view';
import { ContactsView } from '../contacts/contacts-view';
import { PositionsView } from '../positions/positions-view';
import { SearchView } from '../search/search-view';
import { SyncView } from '../sync/sync-view';
import { SettingsView } from '../settings/settings-view';
import { EmptyState, Loading } from './states';

// The PDF reader brings pdf.js (a large library): it loads when a PDF is first opened, not with the app.
const PdfReaderView = lazy(() => import('../library/pdf/pdf-reader-view').then((m) => ({ default: m.PdfReaderView })));

export function Routes() {
  return (
    <Switch>
      <Route path="/" component={DashboardView} />
      <Route path="/meetings" component={MeetingsView} />
      <Route path="/meetings/:id">{(params) => <MeetingView id={decodeURIComponent(params.id)} />}</Route>
      <Route path="/library" component={LibraryView} />
      <Route path="/library/:id/compare">{(params) => <CompareView id={decodeURIComponent(params.id)} />}</Route>
      <Route path="/library/:id/pdf">
        {(params) => (
          <Suspense fallback={<Loading label="Opening the reader…" />}>
            <PdfReaderView id={decodeURIComponent(params.id)} />
          </Suspense>
        )}
      </Route>
      <Route path="/library/:id">{(params) => <DocumentView id={decodeURIComponent(params.id)} />}</Route>
      <Route path="/positions" component={PositionsView} />
      <Route path="/contacts" component={ContactsView} />
      <Route path="/search" component={SearchView} />
      <Route path="/sync" component={SyncView} />
      <Route path="/settings" component={SettingsView} />
      <Route>
        <EmptyState title="Nothing here">This page does not exist. Choose a section on the left.</EmptyState>
      </Route>
    </Switch>
  );
}
