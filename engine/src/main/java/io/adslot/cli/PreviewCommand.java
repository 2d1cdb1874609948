package io.adslot.cli;

import java.util.List;

final class PreviewCommand implements Command {
    @Override
    public String name() {
        return "preview";
    }

    @Override
    public String summary() {
        return "write a self-contained HTML page showing slots, candidates and density per device";
    }

    @Override
    public int run(List<String> args, Terminal terminal) throws Exception {
        throw new UsageException("not yet");
    }
}
