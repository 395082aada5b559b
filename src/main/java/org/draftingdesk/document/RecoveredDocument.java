package org.draftingdesk.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A document in one neutral shape, whatever it came as: its blocks in reading order and the lines
 * removed on the way (page furniture, footnotes). {@link #text()} writes the blocks as tidy text,
 * headings marked with {@code ##}, one blank line between blocks; tidy text input is kept verbatim.
 */
public record RecoveredDocument(DocumentFormat format, List<Block> blocks, List<Dropped> dropped, String verbatim) {

    public RecoveredDocument {
        blocks = List.copyOf(blocks);
        dropped = List.copyOf(dropped);
    }

    public RecoveredDocument(DocumentFormat format, List<Block> blocks, List<Dropped> dropped) {
        this(format, blocks, dropped, null);
    }

    /** Tidy text as it was written (only blank lines added where paragraphs had none), else the blocks as text. */
    public String text() {
        if (verbatim != null) {
            return verbatim;
        }
        StringBuilder out = new StringBuilder();
        Block previous = null;
        for (Block block : blocks) {
            if (out.length() > 0) {
                boolean rows = block.kind() == Block.Kind.TABLE && previous.kind() == Block.Kind.TABLE;
                out.append(rows ? "\n" : "\n\n");
            }
            previous = block;
            if (block.isHeading()) {
                out.append("## ");
            }
            out.append(block.text());
        }
        return out.append('\n').toString();
    }

    public RecoveredDocument withDropped(List<Dropped> more) {
        List<Dropped> all = new ArrayList<>(dropped);
        all.addAll(more);
        return new RecoveredDocument(format, blocks, all, verbatim);
    }
}
