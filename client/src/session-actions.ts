// Actions that create a session (a new start or a rewind): each new session's token goes straight
// into the journal, the only place it is kept, and the page moves to it.
import type { CreatedSession, SessionView } from '../../server/api-contract.js';
import type { Difficulty } from '../../server/engine/types.js';
import { api } from './api-client.js';
import { saveToJournal } from './journal.js';
import { navigate } from './route.js';

function remember(created: CreatedSession): void {
  saveToJournal({
    id: created.id,
    token: created.token,
    scenarioId: created.scenarioId,
    scenarioTitle: created.scenarioTitle,
    partnerName: created.partnerName,
    createdAt: created.createdAt,
    status: created.status,
    turns: created.turns.length,
    parentId: created.parentId,
  });
}

export async function startSession(scenarioId: string, difficulty: Difficulty): Promise<void> {
  const created = await api.createSession({ scenarioId, difficulty });
  remember(created);
  navigate({ page: 'practice', id: created.id });
}

/** A new session holding the first `turn` turns of this one: "try again from here". */
export async function rewindTo(id: string, token: string, turn: number): Promise<void> {
  const created = await api.rewind(id, token, turn);
  remember(created);
  navigate({ page: 'practice', id: created.id });
}

/** Keeps the journal's copy of status and turn count in step with the server's. */
export function syncJournal(view: SessionView): void {
  saveToJournal({
    id: view.id,
    status: view.status,
    turns: view.turns.length,
    scenarioTitle: view.scenarioTitle,
    partnerName: view.partnerName,
  });
}
