// The pdf.js worker, built by Vite into a script of the app's own (pdf.js starts itself when it
// finds it runs in a worker). A .js file, so both the browser host and the desktop app's app://
// protocol serve it with a script type, as a module worker needs.
import 'pdfjs-dist/legacy/build/pdf.worker.min.mjs';
