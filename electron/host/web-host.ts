import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, WebSocket, type RawData } from 'ws';
import type { DeviceSetupInput } from '../../shared/device-setup';
import { DEFAULT_DEVICE_SETUP } from '../../shared/default-device';
import { createDevice } from '../core/index';
import { diskScenarioLibrary } from '../scenarios/disk-library';
import { errorReply, NO_REQUEST_ID, type DispatchHooks, type ReplyEnvelope } from '../runtime/dispatcher';
import type { ScenarioLibrary } from '../runtime/scenario-library';
import { Classroom } from '../runtime/classroom';
import { Session } from '../runtime/session';
import { hostAllowed, originAllowed } from './request-guards';
import { sendText, serveStatic } from './static-files';

export interface WebHostOptions {
  /** TCP port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** The built renderer (dist/renderer). A missing directory only means every page is a 404. */
  staticDir: string;
  /** The device to serve; when left out the host creates one from `setup` and owns it. */
  session?: Session;
  setup?: DeviceSetupInput;
  /** With `setup`: the session's scenario library (default: the built-ins; `--pack` gives an exercise pack's). */
  scenarios?: ScenarioLibrary;
  /** With `setup`: run the virtual clock from the start (Session's `autoRun`); `npm run web` does. */
  autoRun?: boolean;
  /** Told of each device handed out (`class.handOut`), e.g. to collect its reports into a folder. */
  onHandedOut?: (deviceId: string, session: Session) => void;
  /** Largest WebSocket message accepted, in bytes; a bigger one closes that connection (1009). */
  maxMessageBytes?: number;
  /** Where bugs that must not stop the host are reported (default: one line on stderr). */
  onInternalError?: (error: unknown, context: string) => void;
}

export interface WebHost {
  /** http://127.0.0.1:<port>/ */
  url: string;
  port: number;
  /** The default device: every URL without `?device=` drives it (the trainer console's too). */
  session: Session;
  /** The trainee devices handed out from the default one (`class.handOut`), each at `/?device=<id>`. */
  classroom: Classroom;
  /** Closes every connection and the server; disposes the session if the host created it. */
  close(): Promise<void>;
}

/** The WebSocket endpoint's path. */
export const WS_PATH = '/ws';
const DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024;
/** A client this far behind on events is not reading them; drop it rather than buffer forever. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;

/**
 * Serves the renderer and the device over HTTP + WebSocket on loopback, for people without
 * Electron and for the Playwright tests. Every tab drives the default device unless its URL names
 * a handed-out one (`/?device=<id>`, its WebSocket `/ws?device=<id>`): a class, one per trainee.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const onInternalError = options.onInternalError ?? reportToStderr;
  const ownsSession = options.session === undefined;
  const session =
    options.session ??
    new Session(createDevice(options.setup ?? DEFAULT_DEVICE_SETUP), {
      onInternalError,
      scenarios: options.scenarios ?? diskScenarioLibrary(),
      autoRun: options.autoRun ?? false,
    });

  const classroom = new Classroom({
    primary: session,
    sessionOptions: {
      onInternalError,
      scenarios: options.scenarios ?? diskScenarioLibrary(),
      autoRun: options.autoRun ?? false,
    },
    urlOf: (id) => `/?device=${encodeURIComponent(id)}`,
    onHandedOut: (id, trainee) => {
      watch(trainee);
      options.onHandedOut?.(id, trainee);
      return false;
    },
  });
  /** The session a URL names: the default one without `device`, null for an id never handed out. */
  const sessionFor = (url: string | undefined): Session | null => {
    const id = new URL(url ?? '/', 'http://localhost').searchParams.get('device');
    if (id === null) return session;
    return classroom.session(id) ?? null;
  };

  /** The device's page (`/`, a handed-out `/?device=<id>`) carries its snapshot; /trainer and /lab do not. */
  const bootSnapshotFor = (pathname: string, url: string | undefined): unknown => {
    if (pathname !== '/' && pathname !== '/index.html') return undefined;
    // A read straight from the device, as the session's own pushed snapshots are: not a command.
    return sessionFor(url)?.core.execute('device.snapshot', {});
  };

  // The Host check needs the bound port, which port 0 only reveals after listen().
  let port = 0;
  const server = createServer((request, response) => {
    if (!hostAllowed(request, port)) {
      sendText(response, 403, 'Forbidden');
      return;
    }
    if (sessionFor(request.url) === null) {
      sendText(response, 404, `No such device: ${unknownDevice(request.url)} was never handed out on this host`);
      return;
    }
    serveStatic(options.staticDir, request, response, {
      bootSnapshot: (path) => bootSnapshotFor(path, request.url),
    }).catch((error: unknown) => {
      onInternalError(error, `GET ${request.url ?? ''}`);
      if (!response.headersSent) sendText(response, 500, 'Internal Server Error');
      else response.destroy();
    });
  });

  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES,
    // Compression buys nothing on loopback and costs memory per connection.
    perMessageDeflate: false,
  });

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!hostAllowed(request, port) || !originAllowed(request)) return refuseUpgrade(socket, 403, 'Forbidden');
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== WS_PATH) {
      return refuseUpgrade(socket, 404, 'Not Found');
    }
    if (sessionFor(request.url) === null) return refuseUpgrade(socket, 404, 'No Such Device');
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });

  /** The connections of each session: its events go to them only. */
  const clients = new Map<Session, Set<WebSocket>>();
  const detaches: (() => void)[] = [];
  const watch = (watched: Session): void => {
    clients.set(watched, new Set());
    detaches.push(
      watched.subscribe((event) => {
        const text = JSON.stringify(event);
        for (const client of clients.get(watched) ?? []) send(client, text);
      }),
    );
  };
  watch(session);
  // Only the default device (the trainer's) hands out exercises.
  const hooksFor = (target: Session) => (target === session ? { classroom: classroom.handle } : {});

  wss.on('connection', (ws: WebSocket, request: IncomingMessage) => {
    const target = sessionFor(request.url) ?? session;
    const own = clients.get(target)!;
    own.add(ws);
    ws.on('close', () => own.delete(ws));
    // Protocol errors (an oversized frame, a bad opcode) are the client's; ws closes that
    // connection itself with the matching code, and nothing else is affected.
    ws.on('error', () => undefined);
    ws.on('message', (data: RawData, isBinary: boolean) => {
      // Events the command causes are broadcast during handle(), so they reach this client
      // before the reply does, as they happened.
      const reply = isBinary ? binaryRefusal() : handleText(target, rawToString(data), hooksFor(target));
      send(ws, JSON.stringify(reply));
    });
  });

  const detach = () => {
    for (const d of detaches.splice(0)) d();
    classroom.dispose();
  };

  try {
    await listen(server, options.port ?? 0);
  } catch (error) {
    detach();
    if (ownsSession) session.dispose();
    throw error;
  }
  port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | null = null;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    session,
    classroom,
    close() {
      closing ??= (async () => {
        detach();
        for (const client of wss.clients) client.terminate();
        wss.close();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await closed;
        if (ownsSession) session.dispose();
      })();
      return closing;
    },
  };
}

function handleText(session: Session, text: string, hooks: DispatchHooks): ReplyEnvelope {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return errorReply(NO_REQUEST_ID, '', { code: 'invalid-envelope', message: 'the message is not valid JSON' });
  }
  return session.handle(raw, hooks);
}

function unknownDevice(url: string | undefined): string {
  return JSON.stringify(new URL(url ?? '/', 'http://localhost').searchParams.get('device') ?? '');
}

function binaryRefusal(): ReplyEnvelope {
  return errorReply(NO_REQUEST_ID, '', { code: 'invalid-envelope', message: 'send envelopes as JSON text frames' });
}

function rawToString(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}

function send(ws: WebSocket, text: string): void {
  if (ws.readyState !== WebSocket.OPEN) return;
  if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
    ws.terminate();
    return;
  }
  ws.send(text);
}

/** Answers a refused upgrade with a plain HTTP status: the socket is still raw HTTP at this point. */
function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // 127.0.0.1 only: the simulator is a local tool, never a network service.
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function reportToStderr(error: unknown, context: string): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`web host: ${context}: ${message}`);
}
