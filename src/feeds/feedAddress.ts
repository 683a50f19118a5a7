import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { errorText } from '../core/errors.js';

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
    ['192.0.2.0', 24],
    ['192.168.0.0', 16],
    ['198.18.0.0', 15],
    ['198.51.100.0', 24],
    ['203.0.113.0', 24],
    ['224.0.0.0', 3],
  ] as const) {
    list.addSubnet(network, prefix, 'ipv4');
  }
  for (const [network, prefix] of [
    // Unspecified, loopback and IPv4-compatible (::127.0.0.1); IPv4-mapped ones are checked as IPv4.
    ['::', 96],
    ['fc00::', 7],
    ['fe80::', 10],
    ['ff00::', 8],
  ] as const) {
    list.addSubnet(network, prefix, 'ipv6');
  }
  return list;
})();

/**
 * Whether an IP address is local in the sense of `LOCAL`, an IPv4 address carried in IPv6 included: mapped
 * (::ffff:127.0.0.1, ::ffff:7f00:1), translated (::ffff:0:7f00:1), NAT64 (64:ff9b::a9fe:a9fe) and 6to4
 * (2002:a9fe:a9fe::).
 */
export function isLocalAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  if (family === 4) return LOCAL.check(address, 'ipv4');
  const carried = carriedIpv4(address);
  return LOCAL.check(address, 'ipv6') || (carried !== undefined && LOCAL.check(carried, 'ipv4'));
}

/** The IPv4 address an IPv6 one carries (mapped, NAT64 or 6to4), if it carries one. */
function carriedIpv4(address: string): string | undefined {
  const groups = hextets(address);
  const quad = (high: number, low: number) => [high >> 8, high & 255, low >> 8, low & 255].join('.');
  // Mapped (::ffff:0:0/96) and translated (::ffff:0:0:0/96).
  const zeros = (from: number, to: number) => groups.slice(from, to).every((g) => g === 0);
  if (zeros(0, 5) && groups[5] === 0xffff) return quad(groups[6]!, groups[7]!);
  if (zeros(0, 4) && groups[4] === 0xffff && groups[5] === 0) return quad(groups[6]!, groups[7]!);
  if (groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0))
    return quad(groups[6]!, groups[7]!);
  if (groups[0] === 0x2002) return quad(groups[1]!, groups[2]!);
  return undefined;
}

/** The eight 16-bit groups of a valid IPv6 address, "::" and a trailing dotted IPv4 part spelt out. */
function hextets(address: string): number[] {
  let text = address.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const part = (side: string | undefined) => (side ? side.split(':').map((g) => parseInt(g, 16)) : []);
  const left = part(head);
  const right = part(tail);
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
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
      return `its host ${host} cannot be found (${(error as NodeJS.ErrnoException).code ?? errorText(error)})`;
    }
  }
  const local = addresses.find(isLocalAddress);
  if (local !== undefined) {
    return `it points at a local or private address (${local}), which a feed added in a chat may not`;
  }
  return addresses.length === 0 ? `its host ${host} has no address` : undefined;
}
