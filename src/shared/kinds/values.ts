import { z } from 'zod';

/**
 * The shapes an answer takes, shared by the kinds that answer alike, so that the file and
 * the channel that carry any kind's answers list each shape once.
 */
export const numberValueSchema = z.number();

/** An option id, or a list of them. */
export const optionsValueSchema = z.union([z.string().max(40), z.array(z.string().max(40)).max(12)]);
