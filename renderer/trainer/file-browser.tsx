import { Document16Regular, Folder16Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { FileEntryView } from '../../shared/trainer-views';
import { NotepadWindow } from '../chrome/notepad-window';
import { useCommands } from '../state/commands';

function parentOf(path: string): string | null {
  const trimmed = path.replace(/\\$/, '');
  const at = trimmed.lastIndexOf('\\');
  if (at < 0) return null;
  return at <= 2 ? `${trimmed.slice(0, 2)}\\` : trimmed.slice(0, at);
}

const join = (folder: string, name: string) => (folder.endsWith('\\') ? `${folder}${name}` : `${folder}\\${name}`);

/** The device's file system: one folder at a time, folders open on a click, files open in the read-only viewer. */
export function FileBrowser({ version }: { version: number }) {
  const { run } = useCommands();
  const [folder, setFolder] = useState('C:\\');
  const [entries, setEntries] = useState<FileEntryView[]>([]);
  const [file, setFile] = useState<{ path: string; content: string } | null>(null);
  useEffect(() => {
    let live = true;
    void run('files.list', { path: folder }).then((result) => {
      if (result && live) setEntries(result.entries);
    });
    return () => {
      live = false;
    };
  }, [folder, version, run]);
  const open = async (entry: FileEntryView) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory) {
      setFolder(path);
      return;
    }
    const result = await run('files.read', { path });
    if (result)
      setFile({ path: result.path, content: result.binary ? '(binary file: not shown as text)' : result.content });
  };
  const up = parentOf(folder);
  return (
    <div className="trainer-files">
      <div className="trainer-row">
        <span aria-label="Current folder">{folder}</span>
        <button type="button" className="chrome-button" disabled={up === null} onClick={() => up && setFolder(up)}>
          Up
        </button>
      </div>
      <ul aria-label="Folder contents" className="trainer-files__list">
        {entries.map((e) => (
          <li key={e.name}>
            <button type="button" className="trainer-tree__name" onClick={() => void open(e)}>
              {e.isDirectory ? <Folder16Regular aria-hidden="true" /> : <Document16Regular aria-hidden="true" />}{' '}
              {e.name}
            </button>
            {e.isDirectory ? null : <span className="side-section__note"> {e.size} bytes</span>}
          </li>
        ))}
      </ul>
      {file ? <NotepadWindow path={file.path} content={file.content} offset={0} onClose={() => setFile(null)} /> : null}
    </div>
  );
}
