/** Botobot's order status codes. Botobot never lowers a status: a lower code than the order's is refused. */
export const ORDER_STATUSES = [
	{ name: 'Created (0)', value: 0 },
	{ name: 'Awaiting Processing (10)', value: 10 },
	{ name: 'Confirmed (20)', value: 20 },
	{ name: 'Cancelled (30)', value: 30 },
	{ name: 'Paid (40)', value: 40 },
	{ name: 'Refund Issued (50)', value: 50 },
	{ name: 'Ready for Dispatch (60)', value: 60 },
	{ name: 'Sent (70)', value: 70 },
	{ name: 'Delivered (80)', value: 80 },
	{ name: 'Handed Over (90)', value: 90 },
];

export function statusName(code: number): string {
	return ORDER_STATUSES.find((status) => status.value === code)?.name ?? String(code);
}
