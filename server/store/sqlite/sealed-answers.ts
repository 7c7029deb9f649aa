import type Database from 'better-sqlite3'
import type { SealedAnswerRow, SealedAnswerStore } from '../store.js'

interface SealedAnswerRecord {
  map_id: string
  round_id: string
  answer_key: string
  answer: string
}

export function sqliteSealedAnswers(db: Database.Database): SealedAnswerStore {
  const upsert = db.prepare(
    `INSERT INTO sealed_scaling_answers (map_id, round_id, answer_key, answer) VALUES (@mapId, @roundId, @answerKey, @answer)
     ON CONFLICT (map_id, round_id, answer_key) DO UPDATE SET answer = excluded.answer`,
  )
  const forRound = db.prepare<[string, string], SealedAnswerRecord>(
    'SELECT * FROM sealed_scaling_answers WHERE map_id = ? AND round_id = ? ORDER BY rowid',
  )
  const removeRound = db.prepare('DELETE FROM sealed_scaling_answers WHERE map_id = ? AND round_id = ?')

  return {
    put: async (row) => {
      upsert.run(row)
    },
    listForRound: async (mapId, roundId): Promise<SealedAnswerRow[]> =>
      forRound.all(mapId, roundId).map((row) => ({ mapId: row.map_id, roundId: row.round_id, answerKey: row.answer_key, answer: row.answer })),
    deleteRound: async (mapId, roundId) => {
      removeRound.run(mapId, roundId)
    },
  }
}
