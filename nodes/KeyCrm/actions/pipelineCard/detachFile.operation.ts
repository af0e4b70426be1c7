import { cardAttachment } from './cardAttachment';

export const detachCardFile = cardAttachment('DELETE');
