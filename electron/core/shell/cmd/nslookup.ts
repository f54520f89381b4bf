import { lines, ok, type ShellCommand } from '../command-result';
import { hostExists, primaryAdapter, resolveHost } from '../network-facts';
import { hasInternet } from '../../network/connectivity';

/**
 * `nslookup <name>`: asks the adapter's DNS server (the router, which has no PTR record, so
 * "UnKnown"). Without a network the default servers are missing; without internet the request times out.
 */
export const nslookupCommand: ShellCommand = ({ ctx }, args) => {
  const name = args.find((a) => !a.startsWith('-'));
  const adapter = primaryAdapter(ctx.state);
  if (!adapter)
    return {
      stdout: lines('Server:  UnKnown', 'Address:  ::1', ''),
      stderr: lines(
        '*** Default servers are not available',
        ...(name ? [`*** UnKnown can't find ${name}: No response from server`] : []),
      ),
      exitCode: 1,
    };
  const header = ['Server:  UnKnown', `Address:  ${adapter.gateway}`, ''];
  if (!name) return ok(lines('Default Server:  UnKnown', `Address:  ${adapter.gateway}`, '', '> '));
  // The router answers for a name that does not exist; only a dead uplink times out.
  if (hasInternet(ctx.state) && !hostExists(name))
    return {
      stdout: lines(...header),
      stderr: lines(`*** UnKnown can't find ${name}: Non-existent domain`),
      exitCode: 1,
    };
  const ip = resolveHost(ctx.state, name);
  if (ip === null)
    return {
      stdout: lines('DNS request timed out.', '    timeout was 2 seconds.', ...header),
      stderr: lines('DNS request timed out.', '    timeout was 2 seconds.', `*** Request to UnKnown timed-out`),
      exitCode: 1,
    };
  return ok(lines(...header, 'Non-authoritative answer:', `Name:    ${name}`, `Address:  ${ip}`, ''));
};
