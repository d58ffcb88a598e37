// Staging: a file's accepted rows are appended in bulk (DuckDB appender, no row-by-row SQL) to
// temporary tables, then merged into the validated tables by SQL (stage-merge.ts). Temporary
// tables live outside the database file, so the staged raw values never reach it.

import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import { TABLES, type CellValue, type TableName } from './tables.js';

export const stageTable = (table: TableName) => `stage_${table}`;

/** Creates (or empties) one staging table per validated table, plus the rejections. */
export async function createStageTables(connection: DuckDBConnection): Promise<void> {
  for (const [table, spec] of Object.entries(TABLES)) {
    // Dates are staged as ISO text and cast on merge; the appender then needs no date objects.
    const columns = spec.columns.map(([name, type]) => `${name} ${type === 'DATE' ? 'VARCHAR' : type}`).join(', ');
    await connection.run(`CREATE OR REPLACE TEMP TABLE ${stageTable(table as TableName)} (line BIGINT, ${columns})`);
  }
  await connection.run(
    'CREATE OR REPLACE TEMP TABLE stage_rejections (line BIGINT, "column" VARCHAR, reason_nl VARCHAR, reason_en VARCHAR, record VARCHAR)',
  );
}

/** One appender per staging table, opened lazily while a file is read. */
export class StageWriter {
  private readonly appenders = new Map<string, DuckDBAppender>();

  constructor(private readonly connection: DuckDBConnection) {}

  private async appender(table: string): Promise<DuckDBAppender> {
    let appender = this.appenders.get(table);
    if (!appender) {
      appender = await this.connection.createAppender(table);
      this.appenders.set(table, appender);
    }
    return appender;
  }

  async row(table: TableName, line: number, values: CellValue[]): Promise<void> {
    const appender = await this.appender(stageTable(table));
    appender.appendBigInt(BigInt(line));
    const columns = TABLES[table].columns;
    for (let i = 0; i < columns.length; i++) {
      const value = values[i];
      if (value === null || value === undefined) appender.appendNull();
      else if (columns[i][1] === 'DOUBLE') appender.appendDouble(value as number);
      else if (columns[i][1] === 'INTEGER') appender.appendInteger(value as number);
      else if (columns[i][1] === 'BOOLEAN') appender.appendBoolean(value as boolean);
      else appender.appendVarchar(String(value));
    }
    appender.endRow();
  }

  async rejection(line: number, column: string | null, nl: string, en: string, record: string): Promise<void> {
    const appender = await this.appender('stage_rejections');
    appender.appendBigInt(BigInt(line));
    if (column === null) appender.appendNull();
    else appender.appendVarchar(column);
    appender.appendVarchar(nl);
    appender.appendVarchar(en);
    appender.appendVarchar(record);
    appender.endRow();
  }

  /** Flushes everything appended so far; the staging tables are then complete for SQL. */
  close(): void {
    for (const appender of this.appenders.values()) appender.closeSync();
    this.appenders.clear();
  }
}
