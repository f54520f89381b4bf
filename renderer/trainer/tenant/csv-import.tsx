import { useId, useState } from 'react';

/** The header line Windows Autopilot's import expects (Get-WindowsAutopilotInfo's file). */
export const CSV_HEADER = 'Device Serial Number,Windows Product ID,Hardware Hash';

/**
 * Windows Autopilot > Import: a hardware hash CSV, picked as a file or pasted. The host checks the
 * header and each line and says which line is wrong (electron/cloud/tenant-commands.ts).
 */
export function CsvImport({ onImport }: { onImport: (csv: string) => void }) {
  const textId = useId();
  const fileId = useId();
  const [csv, setCsv] = useState('');
  return (
    <details className="trainer-settings">
      <summary>Import a hardware hash CSV</summary>
      <div className="trainer-row">
        <label htmlFor={fileId}>CSV file</label>
        <input
          id={fileId}
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void file.text().then(setCsv);
          }}
        />
      </div>
      <div className="trainer-row">
        <label htmlFor={textId}>CSV text</label>
        <textarea
          id={textId}
          rows={3}
          cols={48}
          value={csv}
          placeholder={`${CSV_HEADER}[,Group Tag,Assigned User]`}
          onChange={(e) => setCsv(e.target.value)}
        />
      </div>
      <div className="trainer-row">
        <button type="button" className="chrome-button" disabled={!csv.trim()} onClick={() => onImport(csv)}>
          Import
        </button>
      </div>
    </details>
  );
}
