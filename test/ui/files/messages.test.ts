import { describe, expect, it } from 'vitest';
import { createMessages } from '../../../src/ui/files/messages';

describe("the files' one line of news", () => {
  it('starts empty', () => {
    expect(createMessages().message()).toBeNull();
  });

  it('tells news as a status and warns of a failure as an alert', () => {
    const messages = createMessages();
    messages.tell('Opened county.upstream.json.');
    expect(messages.message()).toEqual({ text: 'Opened county.upstream.json.', failed: false });
    messages.warn('Could not save: the disk is full.');
    expect(messages.message()).toEqual({ text: 'Could not save: the disk is full.', failed: true });
  });

  it('keeps only the latest message, until it is dismissed', () => {
    const messages = createMessages();
    messages.warn('First');
    messages.show({ text: 'Second', failed: false });
    expect(messages.message()).toEqual({ text: 'Second', failed: false });
    messages.dismiss();
    expect(messages.message()).toBeNull();
  });
});
