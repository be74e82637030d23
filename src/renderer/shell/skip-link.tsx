// "Skip to the page": the first stop of the keyboard on every page, seen only when it has the
// focus, so the header and the eleven links of the navigation are not tabbed through each time
// (WCAG 2.4.1). A button, not a link: the address is the router's (hash-location.ts).
import './skip-link.css';

export const PAGE_ID = 'page';

export function SkipLink() {
  return (
    <button type="button" className="dd-skip-link" onClick={() => document.getElementById(PAGE_ID)?.focus()}>
      Skip to the page
    </button>
  );
}
