import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { HTTPReceiver } from '@slack/bolt';
import { isValidSlackRequest } from '@slack/bolt';
import type { Logger } from '../../logger.js';
import { readBody } from '../../webServer.js';
import { BoundedMap, errorText } from '../../core/mod.js';

/** Slack signs each request with its time: one signed more than five minutes from now, either way, is refused. */
const WINDOW_S = 5 * 60;
/** Signatures of the requests run; far more than Slack sends in the five minutes a signature is good for. */
const RECENT_SIGNATURES = 10_000;

/**
 * HTTP mode's request listener, in front of Bolt's. Bolt checks the signature and refuses a request signed more
 * than five minutes ago, but takes one signed in the future, and runs a request sent again as often as it comes.
 * This refuses (401) a timestamp more than five minutes from now either way, before reading the body, and a
 * correctly signed request whose signature it has seen: each request Slack signs runs once.
 */
export function requestsOnce(receiver: HTTPReceiver, signingSecret: string, logger: Logger): RequestListener {
  const seen = new BoundedMap<string, true>(RECENT_SIGNATURES);
  const refuse = (res: ServerResponse, why: string) => {
    logger.warn(`slack: refused a request ${why}`);
    res.writeHead(401).end();
  };

  async function listen(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Bolt's own server answers 404 to anything but a POST to its path.
    if (req.method !== 'POST') {
      res.writeHead(404).end();
      return;
    }
    // Without a timestamp (NaN) the request is Bolt's to refuse, or to answer if it is Slack's unsigned SSL check.
    const timestamp = Number(req.headers['x-slack-request-timestamp']);
    if (Math.abs(Date.now() / 1000 - timestamp) > WINDOW_S) {
      refuse(res, 'signed more than five minutes from now');
      return;
    }
    let body: Buffer;
    try {
      body = await readBody(req, res);
    } catch (error) {
      logger.warn(`slack: refused a request: ${errorText(error)}`);
      return;
    }
    const signature = req.headers['x-slack-signature'];
    const signed =
      typeof signature === 'string' &&
      isValidSlackRequest({
        signingSecret,
        body: body.toString('utf8'),
        headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp },
      });
    if (signed) {
      if (seen.has(signature)) {
        refuse(res, 'sent before (a replay)');
        return;
      }
      seen.set(signature, true);
    }
    // Bolt reads a body already read from `rawBody`, and checks the signature again (refusing a wrong one).
    receiver.requestListener(Object.assign(req, { rawBody: body }), res);
  }

  return (req, res) => void listen(req, res);
}
