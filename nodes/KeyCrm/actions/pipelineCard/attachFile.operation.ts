import { cardAttachment } from './cardAttachment';

export const attachCardFile = cardAttachment('POST');
