import { latencyMs } from '../../network/connectivity';
import { fail, lines, type CommandOutput, type ShellCommand } from '../command-result';
import { hostAnswers, primaryAdapter, resolveHost } from '../network-facts';

/** `ping <host> [-n count]`: four echo requests of 32 bytes, as ping.exe reports them. */
export const pingCommand: ShellCommand = ({ ctx }, args) => {
  let count = 4;
  let host: string | null = null;
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i]!;
    if (/^[-/]n$/i.test(a)) count = Math.max(1, Math.min(10, Number(args[(i += 1)]) || 4));
    else if (/^[-/]t$/i.test(a)) count = 4;
    else host = a;
  }
  if (!host) return fail(lines('IP address must be specified.'));
  const state = ctx.state;
  if (!primaryAdapter(state) && !/^\d+\.\d+\.\d+\.\d+$/.test(host))
    return fail(lines(`Ping request could not find host ${host}. Please check the name and try again.`));
  const ip = resolveHost(state, host);
  if (ip === null) return fail(lines(`Ping request could not find host ${host}. Please check the name and try again.`));
  const answers = hostAnswers(state, host);
  const rtt = Math.max(1, Math.round(latencyMs(state) / 2));
  const target = ip === host ? ip : `${host} [${ip}]`;
  const out = ['', `Pinging ${target} with 32 bytes of data:`];
  for (let i = 0; i < count; i += 1)
    out.push(answers ? `Reply from ${ip}: bytes=32 time=${rtt}ms TTL=116` : 'Request timed out.');
  const received = answers ? count : 0;
  out.push(
    '',
    `Ping statistics for ${ip}:`,
    `    Packets: Sent = ${count}, Received = ${received}, Lost = ${count - received} (${Math.round(((count - received) / count) * 100)}% loss),`,
  );
  if (answers)
    out.push(
      'Approximate round trip times in milli-seconds:',
      `    Minimum = ${rtt}ms, Maximum = ${rtt}ms, Average = ${rtt}ms`,
    );
  const result: CommandOutput = { stdout: lines(...out), stderr: '', exitCode: answers ? 0 : 1 };
  return result;
};
