import type { Sandbox } from '../core/sandbox';
import { isReply, notFound, ok, readDocument, validationError } from './replies';
import type { AplautStore } from './store';

export interface ExportBehaviour {
	/** How the task ends after processing. */
	outcome: 'completed' | 'suspended';
}

const NEXT_STATE: Record<string, string> = { waiting: 'processing' };

/**
 * Export tasks move one step per GET: waiting → processing → completed (with the archive link), the
 * way a real task advances between a client's polls.
 */
export function registerExportTasks(sandbox: Sandbox, store: AplautStore, behaviour: ExportBehaviour): void {
	sandbox.route('POST', '/export_tasks', (request) => {
		const document = readDocument(request, 'export_tasks');
		if (isReply(document)) return document;
		const { records_type, format } = document.attributes;
		const errors: Record<string, string[]> = {};
		if (!['reviews', 'products', 'survey_responses'].includes(String(records_type))) errors.records_type = ['is not included in the list'];
		if (!['csv', 'xlsx', 'jsonl'].includes(String(format))) errors.format = ['is not included in the list'];
		if (Object.keys(errors).length > 0) return validationError('ExportTask', errors);
		const row = store.add('export_tasks', { ...document.attributes, state: 'waiting' });
		return ok({ data: store.resource('export_tasks', row) }, 201);
	});
	sandbox.route('GET', '/export_tasks/:id', (request) => {
		const row = store.find('export_tasks', request.params.id);
		if (!row) return notFound();
		const now = new Date().toISOString();
		if (row.state === 'waiting') Object.assign(row, { state: NEXT_STATE.waiting, started_at: now });
		else if (row.state === 'processing' && behaviour.outcome === 'completed') {
			Object.assign(row, {
				state: 'completed',
				completed_at: now,
				archive_content_type: 'application/gzip',
				archive_size: 19977,
				archive_url: `https://e.aplaut.example/export_data/${String(row.records_type)}-${row.id}.${String(row.format)}.gz`,
			});
		} else if (row.state === 'processing') {
			Object.assign(row, { state: 'suspended', suspended_at: now, rejected_at: now, rejection_message: 'Export was cancelled' });
		}
		return ok({ data: store.resource('export_tasks', row) });
	});
}
