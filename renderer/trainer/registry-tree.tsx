import { useEffect, useState } from 'react';
import type { RegistryKeyView } from '../../shared/trainer-views';
import { useCommands } from '../state/commands';
import { regeditData, regeditName } from './regedit-format';

const ROOTS = ['HKEY_LOCAL_MACHINE', 'HKEY_CURRENT_USER', 'HKEY_USERS', 'HKEY_CLASSES_ROOT'] as const;

/** One key in the tree: a toggle that lists its subkeys when open; selecting it shows its values. */
function KeyNode({
  path,
  name,
  version,
  selected,
  onSelect,
}: {
  path: string;
  name: string;
  version: number;
  selected: string;
  onSelect: (path: string) => void;
}) {
  const { run } = useCommands();
  const [open, setOpen] = useState(false);
  const [subkeys, setSubkeys] = useState<string[] | null>(null);
  useEffect(() => {
    if (!open) return;
    let live = true;
    void run('registry.browse', { key: path }).then((view) => {
      if (view && live) setSubkeys(view.subkeys);
    });
    return () => {
      live = false;
    };
  }, [open, path, version, run]);
  return (
    <li role="treeitem" aria-expanded={open} aria-selected={selected === path} aria-label={name}>
      <button
        type="button"
        className="trainer-tree__toggle"
        aria-label={`${open ? 'Collapse' : 'Expand'} ${name}`}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? '▾' : '▸'}
      </button>
      <button
        type="button"
        className="trainer-tree__name"
        aria-pressed={selected === path}
        onClick={() => onSelect(path)}
      >
        {name}
      </button>
      {open && subkeys ? (
        <ul role="group">
          {subkeys.map((sub) => (
            <KeyNode
              key={sub}
              path={`${path}\\${sub}`}
              name={sub}
              version={version}
              selected={selected}
              onSelect={onSelect}
            />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** The selected key's values as regedit's right pane lists them: Name / Type / Data. */
function ValueTable({ path, version }: { path: string; version: number }) {
  const { run } = useCommands();
  const [view, setView] = useState<RegistryKeyView | null>(null);
  useEffect(() => {
    let live = true;
    void run('registry.browse', { key: path }).then((result) => {
      if (live) setView(result ?? null);
    });
    return () => {
      live = false;
    };
  }, [path, version, run]);
  if (!view) return null;
  // regedit always lists the default value first, "(value not set)" when the key has none.
  const values = view.values.some((v) => v.name === '')
    ? [...view.values.filter((v) => v.name === ''), ...view.values.filter((v) => v.name !== '')]
    : [{ name: '', type: 'REG_SZ' as const, data: '' }, ...view.values];
  return (
    <div className="trainer-regvalues">
      <p className="trainer-regvalues__path" aria-label="Selected key">
        {view.key}
      </p>
      <table aria-label="Registry values">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Type</th>
            <th scope="col">Data</th>
          </tr>
        </thead>
        <tbody>
          {values.map((v) => (
            <tr key={v.name}>
              <td>{regeditName(v)}</td>
              <td>{v.type}</td>
              <td>{regeditData(v)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The device's registry as regedit's tree: keys expand, the selected key's values are listed; re-read as it changes. */
export function RegistryTree({ version }: { version: number }) {
  const [selected, setSelected] = useState('');
  return (
    <div className="trainer-regedit">
      <ul role="tree" aria-label="Registry keys" className="trainer-tree">
        {ROOTS.map((root) => (
          <KeyNode key={root} path={root} name={root} version={version} selected={selected} onSelect={setSelected} />
        ))}
      </ul>
      {selected ? <ValueTable path={selected} version={version} /> : null}
    </div>
  );
}
