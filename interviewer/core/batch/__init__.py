"""`interviewer grade`: grade many answers from JSON Lines or CSV, one result per input line.

Input is streamed in chunks of `CHUNK_LINES` lines and output is written as each chunk is
graded, so memory stays constant whatever the input's length. With `jobs` above 1 the chunks
are graded in worker processes (each builds its graders once), a bounded number in flight, and
written back in input order.

rows.py         the output row of a line: passed-through fields, then the grade or the error
chunk.py        grading one chunk of lines; a bad line becomes an error row
workers.py      the chunks in input order, graded here or in worker processes
output.py       JSON Lines or CSV, written beside the output file and moved over it when done
command.py      run_batch: input to output, the files written and the messages at the end
progress.py     the grading loop: rows written as chunks come back, the progress line
tally.py        what the run counted, for its summary line
error_lines.py  the lines not graded, named on stderr (twenty), then counted
stopped.py      a run stopped half way: the rows kept in NAME.partial.SUFFIX, and what is said
"""

from ..batch_input import Item, LineError
from .chunk import CHUNK_LINES, grade_chunk
from .command import run_batch
from .rows import CSV_OUTPUT_FIELDS, OUTPUT_NAMES, error_row, output_name, result_row
from .workers import default_jobs

__all__ = [
    "CHUNK_LINES",
    "CSV_OUTPUT_FIELDS",
    "OUTPUT_NAMES",
    "Item",
    "LineError",
    "default_jobs",
    "error_row",
    "grade_chunk",
    "output_name",
    "result_row",
    "run_batch",
]
