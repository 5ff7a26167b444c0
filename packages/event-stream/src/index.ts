export { formatEvent, keepAliveComment } from './format-event.js';
export { createEventParser, readEventStream, type StreamEvent } from './read-event-stream.js';
