import { isValidUtf8, rawBodyText } from '../../nodes/shared/trigger/webhook/rawBody';

describe('raw webhook bodies', () => {
	it('reads UTF-8 and refuses bytes that are not', () => {
		expect(isValidUtf8(Buffer.from('Ёлка 🎄 \uFFFD', 'utf8'))).toBe(true);
		expect(isValidUtf8(Buffer.from([0x61, 0xff, 0x62]))).toBe(false);
		expect(isValidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(false);
		expect(rawBodyText(Buffer.from('id=1'))).toEqual({ ok: true, text: 'id=1' });
		expect(rawBodyText('id=2')).toEqual({ ok: true, text: 'id=2' });
		expect(rawBodyText(undefined)).toEqual({ ok: true, text: '' });
		expect(rawBodyText(Buffer.from([0xc3]))).toEqual({ ok: false, reason: 'The body is not valid UTF-8' });
	});
});
