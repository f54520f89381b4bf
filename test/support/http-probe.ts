import { request } from 'node:http';
import WebSocket from 'ws';
import { rawText } from './ws-text';

export interface ProbeResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One raw HTTP GET with headers of our choosing (fetch would not let us forge Host). */
export function httpGet(port: number, path: string, headers: Record<string, string> = {}): Promise<ProbeResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Tries a WebSocket handshake; resolves with the HTTP status it was refused with, or 101. */
export function upgradeStatus(url: string, options: WebSocket.ClientOptions = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, options);
    ws.on('open', () => {
      ws.close();
      resolve(101);
    });
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.on('error', (error) => reject(error));
  });
}

/** A raw `ws` connection for sending what no well-behaved client would (bad JSON, huge frames). */
export async function openRawSocket(url: string): Promise<RawSocket> {
  const ws = new WebSocket(url);
  const inbox: unknown[] = [];
  const waiters: (() => void)[] = [];
  ws.on('message', (data) => {
    inbox.push(JSON.parse(rawText(data)));
    waiters.splice(0).forEach((wake) => wake());
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return {
    ws,
    send: (data) => ws.send(data),
    /** Resolves with the next message matching `match` (already received ones count). */
    async next(match) {
      for (;;) {
        const index = inbox.findIndex(match);
        if (index >= 0) return inbox.splice(index, 1)[0];
        await new Promise<void>((wake) => waiters.push(wake));
      }
    },
    closed: () =>
      new Promise((resolve) => {
        if (ws.readyState === WebSocket.CLOSED) resolve(-1);
        else ws.once('close', (code) => resolve(code));
      }),
  };
}

export interface RawSocket {
  ws: WebSocket;
  send(data: string | Buffer): void;
  next(match: (message: unknown) => boolean): Promise<unknown>;
  closed(): Promise<number>;
}
