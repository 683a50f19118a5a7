import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Resolves a host name to every address it has, as `dns.lookup` with `all` does. */
export type LookupAll = (host: string) => Promise<{ address: string; family: number }[]>;

const defaultLookup: LookupAll = (host) => lookup(host, { all: true, verbatim: true });

/**
 * Addresses a feed added in a chat must not point at: this machine (loopback, "this network"), private
 * networks (RFC 1918, unique local, shared carrier-grade NAT), link-local (where clouds serve their instance
 * metadata, 169.254.169.254 and fd00:ec2::254), and multicast or reserved ones. Fetching them would let
 * anyone who may add a feed read what only this server can reach.
 */
const LOCAL = (() => {
  const list = new BlockList();
  for (const [network, prefix] of [
    ['0.0.0.0', 8],
    ['10.0.0.0', 8],
    ['100.64.0.0', 10],
    ['127.0.0.0', 8],
    ['169.254.0.0', 16],
    ['172.16.0.0', 12],
    ['192.0.0.0', 24],
    ['192.168.0.0', 16],
    ['198.18.0.0', 15],
    ['224.0.0.0', 3],
  ] as const) {
    list.addSubnet(network, prefix, 'ipv4');
  }
  for (const [network, prefix] of [
    ['::', 127],
    ['fc00::', 7],
    ['fe80::', 10],
    ['ff00::', 8],
  ] as const) {
    list.addSubnet(network, prefix, 'ipv6');
  }
  return list;
})();

/** Whether an IP address is local in the sense of `LOCAL`, an IPv4 address written as IPv6 included. */
export function isLocalAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return LOCAL.check(mapped[1]!, 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return LOCAL.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * Why a chat may not add this feed's address, or `undefined` when it may: its host must resolve, and none of
 * its addresses may be local (see `LOCAL`), so that a host with one public and one private address is refused.
 */
export async function refusedFeedAddress(
  url: string,
  lookupAll: LookupAll = defaultLookup,
): Promise<string | undefined> {
  const host = new URL(url).hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await lookupAll(host)).map((entry) => entry.address);
    } catch (error) {
      return `its host ${host} cannot be found (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
    }
  }
  const local = addresses.find(isLocalAddress);
  if (local !== undefined) {
    return `it points at a local or private address (${local}), which a feed added in a chat may not`;
  }
  return addresses.length === 0 ? `its host ${host} has no address` : undefined;
}
