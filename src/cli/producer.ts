/**
 * The Redis connection of the queue commands (enqueue, jobs). Contract: resolves to the connected producer client, or
 * to null after telling the user on stderr why Redis cannot be reached — the command then exits 2 (it could not run),
 * never with a stack trace. Any other error is thrown as is.
 */
import type { Redis } from 'ioredis';
import type { Config } from '../config.ts';
import { connectProducer, RedisUnavailableError } from '../queue/connection.ts';
import type { Io } from './command.ts';

export async function producerOrExplain(command: string, config: Pick<Config, 'redisUrl'>, io: Io): Promise<Redis | null> {
  try {
    return await connectProducer(config);
  } catch (e) {
    if (!(e instanceof RedisUnavailableError)) throw e;
    io.err(`registre ${command}: ${e.message}`);
    return null;
  }
}
