import { describe, expect, it } from 'vitest';
import { isLocalAddress, refusedFeedAddress } from '../../src/feeds/feedAddress.js';
import { shownUrl } from '../../src/feeds/shownUrl.js';

const resolvesTo =
  (...addresses: string[]) =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

describe('the address of a feed added in a chat', () => {
  it('may not be loopback, private, link-local (cloud metadata), carrier-grade NAT, multicast or unspecified', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '::1',
      '::',
      'fd00:ec2::254',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::ffff:169.254.169.254',
      // IPv4 carried in IPv6 in other ways: compatible, mapped in hex, translated, NAT64, 6to4.
      '::127.0.0.1',
      '::ffff:7f00:1',
      '::ffff:0:7f00:1',
      '64:ff9b::a9fe:a9fe',
      '2002:a9fe:a9fe::',
      '192.0.2.1',
    ]) {
      expect(isLocalAddress(address), address).toBe(true);
    }
    for (const address of [
      '93.184.215.14',
      '172.32.0.1',
      '8.8.8.8',
      '2606:4700::6810:84e5',
      '::ffff:8.8.8.8',
      '64:ff9b::808:808',
      '2002:808:808::1',
    ]) {
      expect(isLocalAddress(address), address).toBe(false);
    }
  });

  it('is refused when any address its host resolves to is local, and when its host cannot be found', async () => {
    expect(
      await refusedFeedAddress('https://news.example.org/rss', resolvesTo('93.184.215.14')),
    ).toBeUndefined();
    expect(
      await refusedFeedAddress('https://news.example.org/rss', resolvesTo('93.184.215.14', '10.0.0.7')),
    ).toBe('it points at a local or private address (10.0.0.7), which a feed added in a chat may not');
    expect(await refusedFeedAddress('http://169.254.169.254/latest/meta-data/')).toMatch(
      /\(169\.254\.169\.254\)/,
    );
    expect(await refusedFeedAddress('http://[::1]:8080/rss')).toMatch(/\(::1\)/);
    const notFound = Object.assign(new Error('getaddrinfo ENOTFOUND nowhere.invalid'), { code: 'ENOTFOUND' });
    expect(await refusedFeedAddress('https://nowhere.invalid/rss', () => Promise.reject(notFound))).toBe(
      'its host nowhere.invalid cannot be found (ENOTFOUND)',
    );
  });
});

describe('a feed address as shown in chats and logs', () => {
  it('keeps no password, token or other value of its query', () => {
    expect(shownUrl('https://news.example.org/rss.xml')).toBe('https://news.example.org/rss.xml');
    expect(shownUrl('https://user:pw@news.example.org/rss?token=s3cret&format=rss&token=2')).toBe(
      'https://news.example.org/rss?token=…&format=…',
    );
  });
});
