// Whether an attachment is a PDF, the one kind of file the app reads itself (in its PDF reader);
// the type may carry parameters ("application/pdf; charset=binary").
export function isPdf(mimeType: string): boolean {
  return mimeType.trim().toLowerCase().split(';')[0]!.trim() === 'application/pdf';
}
