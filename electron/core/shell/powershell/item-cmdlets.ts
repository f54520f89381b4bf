import { FileSystemError } from '../../os/file-system';
import { CRLF, fail, ok, type CommandOutput, type ShellEnv } from '../command-result';
import { absolutePath, readTyped } from '../cmd/files';
import { formatChildItems } from './file-provider';
import { cimQuery } from './cim';
import { listView, type Row } from './ps-format';
import {
  formatChildKeys,
  formatItemProperty,
  isRegistryPath,
  itemProperty,
  resolveRegistryPath,
} from './registry-provider';

/**
 * Get-ItemProperty, Get-ChildItem, Get-Content, Get-CimInstance and Get-WmiObject: the item
 * cmdlets of the troubleshooting steps, over the registry and file providers and WMI.
 */

type Named = Record<string, string>;

/** PowerShell's "Cannot find path" record for a provider cmdlet. */
function pathNotFound(cmdlet: string, className: string, path: string, line: string): CommandOutput {
  return fail(
    [
      `${cmdlet} : Cannot find path '${path}' because it does not exist.`,
      'At line:1 char:1',
      `+ ${line}`,
      `+ ${'~'.repeat(Math.max(1, line.length))}`,
      `    + CategoryInfo          : ObjectNotFound: (${path}:String) [${cmdlet}], ItemNotFoundException`,
      `    + FullyQualifiedErrorId : PathNotFound,Microsoft.PowerShell.Commands.${className}`,
      '',
      '',
    ].join(CRLF),
  );
}

export function getItemProperty(env: ShellEnv, line: string, named: Named, pos: string[]): CommandOutput {
  const path = named['path'] ?? named['literalpath'] ?? pos[0] ?? '.';
  const nameArg = named['name'] ?? pos[1];
  const state = env.ctx.state;
  if (!isRegistryPath(path)) {
    // On a file, Get-ItemProperty shows the file's item: its provider lines are out of scope here.
    return pathNotFound('Get-ItemProperty', 'GetItemPropertyCommand', path, line);
  }
  const key = resolveRegistryPath(state, path);
  if (key === null) return pathNotFound('Get-ItemProperty', 'GetItemPropertyCommand', path, line);
  const names = nameArg?.split(',').map((n) => n.trim());
  const rows = itemProperty(state, key, path, names);
  const objects = rows ? [{ display: rows, all: rows }] : [];
  return { ...ok(formatItemProperty(rows)), objects };
}

export function getChildItem(env: ShellEnv, line: string, named: Named, pos: string[]): CommandOutput {
  const path = named['path'] ?? named['literalpath'] ?? pos[0] ?? env.session.cwd;
  const state = env.ctx.state;
  if (isRegistryPath(path)) {
    const key = resolveRegistryPath(state, path);
    if (key === null) return pathNotFound('Get-ChildItem', 'GetChildItemCommand', path, line);
    return ok(formatChildKeys(state, key));
  }
  try {
    return ok(formatChildItems(state, absolutePath(env, path)));
  } catch (error) {
    if (error instanceof FileSystemError)
      return pathNotFound('Get-ChildItem', 'GetChildItemCommand', absolutePath(env, path), line);
    throw error;
  }
}

export function getContent(env: ShellEnv, line: string, named: Named, pos: string[]): CommandOutput {
  const path = named['path'] ?? named['literalpath'] ?? pos[0];
  if (!path)
    return fail(
      `Get-Content : Cannot process command because of one or more missing mandatory parameters: Path.${CRLF}`,
    );
  const read = readTyped(env, path);
  if ('error' in read) return pathNotFound('Get-Content', 'GetContentCommand', absolutePath(env, path), line);
  let rows = read.text.split(/\r?\n/);
  if (rows.at(-1) === '') rows.pop();
  const first = named['totalcount'] ?? named['first'] ?? named['head'];
  const tail = named['tail'] ?? named['last'];
  if (first !== undefined) rows = rows.slice(0, Math.max(0, Number(first) || 0));
  if (tail !== undefined) rows = rows.slice(Math.max(0, rows.length - (Number(tail) || 0)));
  return ok(rows.map((r) => `${r}${CRLF}`).join(''));
}

export function getCim(
  env: ShellEnv,
  cmdlet: 'Get-CimInstance' | 'Get-WmiObject',
  line: string,
  named: Named,
  pos: string[],
): CommandOutput {
  const className = named['classname'] ?? named['class'] ?? pos[0];
  const namespace = named['namespace'];
  return namespace === undefined
    ? cimQuery(env.ctx.state, cmdlet, line, className)
    : cimQuery(env.ctx.state, cmdlet, line, className, namespace);
}

/** `| Format-List [props|*]` over a cmdlet's objects: the list again, with the properties asked for. */
export function formatListStage(output: CommandOutput, args: string[]): CommandOutput {
  if (!output.objects) return output;
  const wanted = args.filter((a) => !a.startsWith('-')).flatMap((a) => a.split(',').filter(Boolean));
  const pick = (o: { display: Row[]; all: Row[] }): Row[] =>
    wanted.length === 0
      ? o.display
      : wanted.includes('*')
        ? o.all
        : o.all.filter(([k]) => wanted.some((w) => w.toLowerCase() === k.toLowerCase()));
  return { ...output, stdout: listView(output.objects.map(pick)) };
}
