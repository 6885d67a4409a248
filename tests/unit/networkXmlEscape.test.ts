import { escapeXml } from '../../src/network/xmlEscape';

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`R&D <Lab> "x" 'y'`)).toBe('R&amp;D &lt;Lab&gt; &quot;x&quot; &apos;y&apos;');
  });

  it('keeps Korean, Japanese, right-to-left text and emoji as they are', () => {
    for (const text of ['서울대학교 산학협력단', '韓国科学技術院', 'שלום', 'مرحبا', 'AI 🤖 lab']) {
      expect(escapeXml(text)).toBe(text);
    }
  });

  it('drops control characters XML 1.0 forbids', () => {
    expect(escapeXml('Bell\u0007Labs\u0000\u001F\u000B\u000C')).toBe('BellLabs');
  });

  it('drops U+FFFE, U+FFFF and lone surrogates, but keeps surrogate pairs', () => {
    expect(escapeXml('a\uFFFEb\uFFFFc')).toBe('abc');
    expect(escapeXml('x\uD83Dy\uDE00z')).toBe('xyz');
    expect(escapeXml('\uD83D\uDE00')).toBe('😀');
  });

  it('keeps tab, newline and carriage return, as references so attribute values keep them too', () => {
    expect(escapeXml('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
  });
});
