// What a case accepts as a file: at most five per submission, 5 MB each, and only JPEG, PNG, WebP
// or PDF as told by the content (magic bytes), never by the name or the declared type: a renamed
// executable is refused. Pure rules; storing the files is src/modules/cases/attachments.ts.
import type { Msg } from '../../platform/i18n/lang';

export const MAX_FILES = 5;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type AllowedType = 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';

const EXTENSIONS: Record<AllowedType, readonly string[]> = {
  'image/jpeg': ['jpg', 'jpeg', 'jfif'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'application/pdf': ['pdf'],
};

export const ACCEPT_ATTRIBUTE = '.jpg,.jpeg,.png,.webp,.pdf,image/jpeg,image/png,image/webp,application/pdf';

function startsWith(b: Uint8Array, sig: readonly number[], offset = 0): boolean {
  if (b.length < offset + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[offset + i] !== sig[i]) return false;
  return true;
}

/** The type of a file from its first bytes, or null when it is none of the allowed types. */
export function sniffType(bytes: Uint8Array): AllowedType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  // RIFF....WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  return null;
}

/** The lower-case extension of a file name ('' when none). */
export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** A file name safe to show and to put in Content-Disposition: no paths, no control characters. */
export function safeFilename(name: string, type: AllowedType): string {
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f"\\;]/g, '').trim().slice(0, 120);
  return base || `lampiran.${EXTENSIONS[type][0]}`;
}

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
}

export interface CheckedFile {
  name: string;
  bytes: Uint8Array;
  type: AllowedType;
  /** the form field it answers (a permit's document), when it answers one */
  field?: string;
}

export type FileCheck = { ok: true; files: CheckedFile[] } | { ok: false; error: Msg };

/**
 * Checks a submission's files: at most MAX_FILES, each at most MAX_FILE_BYTES, each a JPEG, PNG,
 * WebP or PDF by its content, and its name's extension (if any) must agree with that content
 * (a renamed file is refused). The first problem is reported, naming the file.
 */
export function checkFiles(files: readonly IncomingFile[]): FileCheck {
  if (files.length > MAX_FILES) {
    return {
      ok: false,
      error: {
        id: `Paling banyak ${MAX_FILES} berkas per kiriman; Anda memilih ${files.length}.`,
        en: `At most ${MAX_FILES} files per submission; you chose ${files.length}.`,
      },
    };
  }
  const checked: CheckedFile[] = [];
  for (const f of files) {
    const label = f.name || 'berkas';
    if (f.bytes.length === 0) {
      return { ok: false, error: { id: `Berkas "${label}" kosong.`, en: `The file "${label}" is empty.` } };
    }
    if (f.bytes.length > MAX_FILE_BYTES) {
      return {
        ok: false,
        error: {
          id: `Berkas "${label}" lebih dari 5 MB.`,
          en: `The file "${label}" is larger than 5 MB.`,
        },
      };
    }
    const type = sniffType(f.bytes);
    if (!type) {
      return {
        ok: false,
        error: {
          id: `Berkas "${label}" bukan JPEG, PNG, WebP, atau PDF (diperiksa dari isinya).`,
          en: `The file "${label}" is not a JPEG, PNG, WebP or PDF (checked from its content).`,
        },
      };
    }
    const ext = extensionOf(f.name);
    if (ext && !EXTENSIONS[type].includes(ext)) {
      const kind = (EXTENSIONS[type][0] ?? '').toUpperCase();
      return {
        ok: false,
        error: {
          id: `Nama berkas "${label}" tidak sesuai dengan isinya (berkas ${kind}). Kirim berkas aslinya tanpa mengganti nama.`,
          en: `The name "${label}" does not match its content (a ${kind} file). Send the original file without renaming it.`,
        },
      };
    }
    checked.push({ name: safeFilename(f.name, type), bytes: f.bytes, type });
  }
  return { ok: true, files: checked };
}
