// @ts-check
/**
 * The load generator of bench/relay.mjs: HTTP/1.1 keep-alive POSTs over one socket, each request written
 * whole (head and body made once per file) in one write, each answer read with as little work as will do
 * (the status line and Content-Length; the body is counted, not kept).
 *
 * Why not node:http's client (or another general client): the client shares the machine's cores with the
 * service it measures, while the in-process baseline has no client at all. node:http's client cost about as
 * much CPU per request as the service's own HTTP work (an agent, a ClientRequest and an IncomingMessage per
 * request, headers built and parsed each time); this one sends the same bytes on the wire (Host,
 * Connection: keep-alive, Content-Length) for a fraction of that, so more of the machine is left to the
 * service being measured. Uploads that must misbehave (cut short, slow) still go through node:http.
 */
import { connect } from 'node:net';

const HEAD_END = Buffer.from('\r\n\r\n', 'latin1');

/**
 * A request made once: the head and the body in one buffer.
 * @param {string} host
 * @param {number} port
 * @param {string} path
 * @param {Uint8Array} body
 */
export function postRequest(host, port, path, body) {
  const head = `POST ${path} HTTP/1.1\r\nHost: ${host}:${port}\r\nConnection: keep-alive\r\nContent-Length: ${body.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), body]);
}

/** One keep-alive connection: one request at a time; reconnects when the service closes it. */
export class KeepAliveClient {
  /** @param {string} host @param {number} port */
  constructor(host, port) {
    this.host = host;
    this.port = port;
    /** @type {import('node:net').Socket | null} */
    this.socket = null;
    /** @type {Buffer | null} */
    this.pending = null;
    /** Body bytes still to come of the answer being read (-1: its head is not read yet). */
    this.bodyLeft = -1;
    this.status = 0;
    this.close = false;
    /** @type {((status: number) => void) | null} */
    this.done = null;
  }

  /** @returns {import('node:net').Socket} */
  open() {
    const socket = connect({ host: this.host, port: this.port, noDelay: true });
    socket.on('data', (chunk) => this.onData(chunk));
    const gone = () => {
      if (this.socket === socket) this.socket = null;
      this.finish(0);
    };
    socket.on('error', gone);
    socket.on('close', gone);
    this.socket = socket;
    return socket;
  }

  /**
   * Sends one request made by {@link postRequest}; resolves with the answer's status (0: the connection
   * failed).
   * @param {Buffer} request
   * @returns {Promise<number>}
   */
  send(request) {
    return new Promise((resolve) => {
      this.done = resolve;
      this.pending = null;
      this.bodyLeft = -1;
      (this.socket ?? this.open()).write(request);
    });
  }

  /** @param {number} status */
  finish(status) {
    const done = this.done;
    this.done = null;
    if (this.close && this.socket !== null) {
      this.socket.destroy();
      this.socket = null;
    }
    this.close = false;
    done?.(status);
  }

  /** @param {Buffer} chunk */
  onData(chunk) {
    if (this.bodyLeft >= 0) {
      this.bodyLeft -= chunk.length;
      if (this.bodyLeft <= 0) this.finish(this.status);
      return;
    }
    const buf = this.pending === null ? chunk : Buffer.concat([this.pending, chunk]);
    const end = buf.indexOf(HEAD_END);
    if (end < 0) {
      this.pending = buf;
      return;
    }
    this.pending = null;
    const head = buf.latin1Slice(0, end).toLowerCase();
    this.status = Number(head.slice(9, 12));
    const m = /\r\ncontent-length: *(\d+)/.exec(head);
    this.close = /\r\nconnection: *close/.test(head);
    // The service always answers with a Content-Length; without one, the connection is not reused.
    if (m === null) this.close = true;
    this.bodyLeft = (m === null ? 0 : Number(m[1])) - (buf.length - end - 4);
    if (this.bodyLeft <= 0) this.finish(this.status);
  }

  destroy() {
    this.socket?.destroy();
    this.socket = null;
  }
}
