import { useId, useState } from 'react';
import { fieldValue, type SettingField } from './setting-fields';

/**
 * One admin-center settings blade: every field starts "unchanged"; Save sends only the fields the
 * trainer set (the host merges them into the tenant's policy and validates the result).
 */
export function SettingsForm({
  title,
  fields,
  onSave,
  children,
}: {
  title: string;
  fields: readonly SettingField[];
  onSave: (settings: Record<string, unknown>) => void;
  children?: React.ReactNode;
}) {
  const base = useId();
  const [texts, setTexts] = useState<Record<string, string>>({});
  const set = (key: string, text: string) => setTexts((t) => ({ ...t, [key]: text }));
  const settings: Record<string, unknown> = {};
  for (const f of fields) {
    const value = fieldValue(f, texts[f.key] ?? '');
    if (value !== undefined) settings[f.key] = value;
  }
  return (
    <details className="trainer-settings">
      <summary>{title}</summary>
      {children}
      {fields.map((f) => {
        const id = `${base}-${f.key}`;
        const text = texts[f.key] ?? '';
        return (
          <div className="trainer-row" key={f.key}>
            <label htmlFor={id}>{f.label}</label>
            {f.type === 'boolean' || f.type === 'choice' ? (
              <select id={id} value={text} onChange={(e) => set(f.key, e.target.value)}>
                <option value="">(unchanged)</option>
                {(f.type === 'boolean'
                  ? [
                      ['yes', 'Yes'],
                      ['no', 'No'],
                    ]
                  : f.choices
                ).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={id}
                type={f.type === 'number' ? 'number' : 'text'}
                value={text}
                placeholder="(unchanged)"
                onChange={(e) => set(f.key, e.target.value)}
              />
            )}
          </div>
        );
      })}
      <div className="trainer-row">
        <button
          type="button"
          className="chrome-button"
          disabled={Object.keys(settings).length === 0}
          onClick={() => {
            onSave(settings);
            setTexts({});
          }}
        >
          Save {title}
        </button>
      </div>
    </details>
  );
}
