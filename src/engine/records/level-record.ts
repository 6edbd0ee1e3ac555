/** The user's progression level for one routine, and the last change. */
export interface StoredLevel {
  routineId: string;
  level: number;
  updatedAt: number;
  change: 'up' | 'down' | 'hold';
  reason: string;
}
