import { NotFoundError } from '@ocop/common';
import { executeCommand } from '@ocop/event-sourcing';
import { CommandMetadata } from '@ocop/events';
import { Mou } from '../domain/mou.aggregate';
import { MouRepository } from '../infrastructure/mou.repository';

/**
 * Runs one command on an existing MOU (reloaded and decided again when another command got there
 * first); 404 if there is no such MOU, 422 if the caller is a producer or distributor that is not
 * one of its parties. Returns what `command` returns and the MOU afterwards.
 */
export async function onMou<R>(
  repository: MouRepository,
  mouId: string,
  meta: CommandMetadata,
  command: (mou: Mou) => R,
): Promise<{ result: R; mou: Mou }> {
  let decided: Mou | undefined;
  const result = await executeCommand(repository.mous, mouId, meta, (mou) => {
    if (!mou.isDrafted) throw new NotFoundError(`MOU ${mouId} not found`);
    mou.requireActorIsParty(meta.actor);
    decided = mou;
    return command(mou);
  });
  return { result, mou: decided! };
}
