import { DocumentText20Regular } from '@fluentui/react-icons';
import { ViewerWindow } from './viewer-window';

/** `notepad <file>`: the file's text, read-only (the simulator's Notepad can't save to the device). */
export function NotepadWindow({
  path,
  content,
  offset,
  onClose,
}: {
  path: string;
  content: string;
  offset: number;
  onClose: () => void;
}) {
  const name = path.replace(/^.*\\/, '');
  return (
    <ViewerWindow
      title={`${name} - Notepad`}
      icon={<DocumentText20Regular />}
      className="notepad"
      offset={offset}
      onClose={onClose}
    >
      <textarea
        className="notepad__text"
        aria-label={`Text of ${path}`}
        readOnly
        wrap="off"
        spellCheck={false}
        value={content.replace(/\r\n/g, '\n')}
      />
    </ViewerWindow>
  );
}
