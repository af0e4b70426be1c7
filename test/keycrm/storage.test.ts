import { onlyRequest, runKeyCrm } from './catalogHarness';
import { parseMultipart } from '../../sandboxes/keycrm/storage';
import { useKeyCrmSandbox } from '../support/sandboxes';

const invoice = 'Invoice #42\nTotal: 1200 UAH\n';

describe('KeyCRM storage files', () => {
	const keycrm = useKeyCrmSandbox();

	it('uploads a binary field as multipart/form-data', async () => {
		const { json, error } = await runKeyCrm(
			keycrm,
			{ resource: 'storageFile', operation: 'upload', binaryPropertyName: 'attachment' },
			{
				inputItems: [
					{
						json: {},
						binary: { attachment: { data: Buffer.from(invoice).toString('base64'), mimeType: 'text/plain', fileName: 'invoice-42.txt' } },
					},
				],
			},
		);
		expect(error).toBeUndefined();
		const [request] = keycrm.sandbox.requests('POST', '/storage/upload');
		expect(keycrm.sandbox.journal).toHaveLength(1);
		expect(String(request.headers['content-type'])).toMatch(/^multipart\/form-data; boundary=/);
		const parts = parseMultipart({ ...request, params: {} });
		expect(parts).toEqual([{ name: 'file', filename: 'invoice-42.txt', contentType: 'text/plain', content: invoice }]);
		expect(json[0]).toMatchObject({ id: 3, original_file_name: 'invoice-42.txt', mime_type: 'text/plain', size: Buffer.byteLength(invoice) });
	});

	it('stores the file under the name given in the node', async () => {
		await runKeyCrm(
			keycrm,
			{ resource: 'storageFile', operation: 'upload', binaryPropertyName: 'data', fileName: 'renamed.txt' },
			{ inputItems: [{ json: {}, binary: { data: { data: Buffer.from('x').toString('base64'), mimeType: 'text/plain', fileName: 'orig.txt' } } }] },
		);
		const [request] = keycrm.sandbox.requests('POST', '/storage/upload');
		expect(parseMultipart({ ...request, params: {} })?.[0].filename).toBe('renamed.txt');
	});

	it('sends the whole file again when KeyCRM asks to retry', async () => {
		keycrm.sandbox.injectFault({ method: 'POST', path: '/storage/upload', fault: { kind: 'status', status: 503, headers: { 'Retry-After': '0' }, body: { message: 'Busy' } } });
		const { json } = await runKeyCrm(
			keycrm,
			{ resource: 'storageFile', operation: 'upload', binaryPropertyName: 'data' },
			{ inputItems: [{ json: {}, binary: { data: { data: Buffer.from(invoice).toString('base64'), mimeType: 'text/plain', fileName: 'invoice.txt' } } }] },
		);
		const attempts = keycrm.sandbox.requests('POST', '/storage/upload');
		expect(attempts.map((entry) => entry.status)).toEqual([503, 201]);
		expect(parseMultipart({ ...attempts[1], params: {} })?.[0].content).toBe(invoice);
		expect(json[0]).toMatchObject({ original_file_name: 'invoice.txt' });
	});

	it('fails the item when the binary field is missing, without a request', async () => {
		const { json } = await runKeyCrm(keycrm, { resource: 'storageFile', operation: 'upload', binaryPropertyName: 'data' }, { items: [{ a: 1 }], continueOnFail: true });
		expect(String(json[0].error)).toMatch(/binary/i);
		expect(keycrm.sandbox.journal).toHaveLength(0);
	});

	it('lists files, biggest first', async () => {
		const { json } = await runKeyCrm(keycrm, { resource: 'storageFile', operation: 'getAll', returnAll: true, sort: { order: { field: 'size', direction: 'desc' } } });
		expect(onlyRequest(keycrm)).toMatchObject({ method: 'GET', path: '/storage', query: { sort: '-size', limit: '50', page: '1' } });
		expect(json.map((file) => file.id)).toEqual([2, 1]);
	});

	it('lists the files attached to a pipeline card', async () => {
		keycrm.catalog.data.cards[0].attachments = [2];
		const { json } = await runKeyCrm(keycrm, { resource: 'storageFile', operation: 'getForRecord', entityType: 'pipelines', entityId: 1 });
		expect(onlyRequest(keycrm)).toEqual({ method: 'GET', path: '/storage/attachment/pipelines/1', query: {}, body: undefined });
		expect(json).toEqual([expect.objectContaining({ id: 2, original_file_name: 'photo.png' })]);
	});
});
