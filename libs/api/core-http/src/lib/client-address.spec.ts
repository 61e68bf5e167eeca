import { throttleKeyOf } from './client-address';

describe('throttleKeyOf', () => {
  it('keeps an IPv4 address as it is', () => {
    expect(throttleKeyOf('203.0.113.7')).toBe('203.0.113.7');
  });

  it('throttles every address of one IPv6 /64 together, however it is written', () => {
    const key = '2001:db8:85a3:8d3::/64';
    expect(throttleKeyOf('2001:db8:85a3:8d3:1319:8a2e:370:7348')).toBe(key);
    expect(throttleKeyOf('2001:0DB8:85a3:08d3::1')).toBe(key);
    expect(throttleKeyOf('2001:db8:85a3:8d3::1%eth0')).toBe(key);
    expect(throttleKeyOf('2001:db8:85a3:8d4::1')).not.toBe(key);
    expect(throttleKeyOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(throttleKeyOf('::1')).toBe('0:0:0:0::/64');
  });

  it('reads an IPv4 address written as IPv6 as the IPv4 address', () => {
    expect(throttleKeyOf('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(throttleKeyOf('::ffff:c000:207')).toBe('192.0.2.7');
    expect(throttleKeyOf('::ffff:192.0.2.8')).not.toBe(throttleKeyOf('::ffff:192.0.2.7'));
  });

  it('puts requests without an address under one key', () => {
    expect(throttleKeyOf(null)).toBe('unknown');
  });
});
