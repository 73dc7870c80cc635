/** Collecting the files of a drop (files and whole folders) or of a file input. */
import type { PickedFile } from './protocol.js';

/** The File System entries of a drop, as far as they are used (webkitGetAsEntry: every current browser). */
interface Entry {
  readonly isFile: boolean;
  readonly isDirectory: boolean;
  readonly name: string;
  readonly fullPath: string;
  file?(ok: (f: File) => void, fail: (e: unknown) => void): void;
  createReader?(): { readEntries(ok: (entries: Entry[]) => void, fail: (e: unknown) => void): void };
}

async function walk(entry: Entry, out: PickedFile[]): Promise<void> {
  if (entry.isFile && entry.file !== undefined) {
    const file = await new Promise<File>((ok, fail) => entry.file!(ok, fail));
    out.push({ name: entry.fullPath.replace(/^\//, ''), file });
  } else if (entry.isDirectory && entry.createReader !== undefined) {
    const reader = entry.createReader();
    // readEntries gives the entries in batches (100 in Chromium) until an empty one.
    for (;;) {
      const batch = await new Promise<Entry[]>((ok, fail) => reader.readEntries(ok, fail));
      if (batch.length === 0) break;
      for (const e of batch) await walk(e, out);
    }
  }
}

/** The files of a drop, folders walked; `folder` is true when a folder was dropped. */
export async function droppedFiles(data: DataTransfer): Promise<{ files: PickedFile[]; folder: boolean }> {
  const entries: Entry[] = [];
  for (const item of Array.from(data.items)) {
    if (item.kind !== 'file') continue;
    const entry = (item as DataTransferItem & { webkitGetAsEntry?: () => Entry | null }).webkitGetAsEntry?.() ?? null;
    if (entry !== null) entries.push(entry);
  }
  // Without entries (a browser without them, or files dropped by a script): the plain file list.
  if (entries.length === 0) return { files: Array.from(data.files, (file) => ({ name: file.name, file })), folder: false };
  const files: PickedFile[] = [];
  for (const e of entries) await walk(e, files);
  return { files: sortByName(files), folder: entries.some((e) => e.isDirectory) };
}

/** The files of a file input (a folder input gives each file's path within the folder). */
export function pickedFiles(input: HTMLInputElement): PickedFile[] {
  return sortByName(Array.from(input.files ?? [], (file) => ({ name: file.webkitRelativePath || file.name, file })));
}

function sortByName(files: PickedFile[]): PickedFile[] {
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
