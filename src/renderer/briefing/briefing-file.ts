// A briefing note file as it arrives from the core (bytes as base64, since DOCX and PDF are
// binary and the API speaks JSON) turned back into bytes the download can carry.
import type { BriefingExport } from '../../api/types';

export function briefingFileBlob(file: BriefingExport): Blob {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: file.mimeType });
}
