/**
 * Importing a measures table (ตารางมาตรการ) as people have it: text copied from a Word or PDF table
 * (cells separated by tabs, Thai digits, numbered steps inside one cell, header rows repeated at page
 * breaks), or rows from a CSV/XLSX file. Pure functions only: no Spring, no store. The result is an
 * {@link org.tidtam.measures.importing.ImportPreview} that says what was recognised and warns about
 * every cell it could not place; nothing is saved until the coordinator confirms.
 */
package org.tidtam.measures.importing;
