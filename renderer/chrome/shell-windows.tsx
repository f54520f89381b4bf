import type { ShellWindow } from '../../shared/shell';
import { EventViewer } from './event-viewer';
import { NotepadWindow } from './notepad-window';
import './shell-windows.css';

/** A window a console command opened (notepad, eventvwr), with the id the simulator closes it by. */
export interface OpenWindow {
  id: number;
  window: ShellWindow;
}

/** Every Notepad and Event Viewer window the consoles opened, each closing on its own. */
export function ShellWindows({ open, onClose }: { open: readonly OpenWindow[]; onClose: (id: number) => void }) {
  return (
    <>
      {open.map(({ id, window }, index) =>
        window.kind === 'notepad' ? (
          <NotepadWindow
            key={id}
            path={window.path}
            content={window.content}
            offset={index % 6}
            onClose={() => onClose(id)}
          />
        ) : (
          <EventViewer key={id} offset={index % 6} onClose={() => onClose(id)} />
        ),
      )}
    </>
  );
}
