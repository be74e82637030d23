import { describe, expect, it } from 'vitest';
import { isPdf } from './pdf-file';

describe('isPdf', () => {
  it('knows a PDF whatever the case or parameters of its type', () => {
    expect(isPdf('application/pdf')).toBe(true);
    expect(isPdf('Application/PDF; charset=binary')).toBe(true);
  });

  it('offers no reader for other files', () => {
    expect(isPdf('application/vnd.openxmlformats-officedocument.presentationml.presentation')).toBe(false);
    expect(isPdf('application/pdfx')).toBe(false);
  });
});
