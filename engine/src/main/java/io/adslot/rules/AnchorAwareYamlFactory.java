package io.adslot.rules;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * Jackson's YAML factory, with parsers that also tell a scalar's anchor.
 *
 * <p>Jackson 2.18's {@code getObjectId()} returns the anchor of a list or mapping but null for a scalar
 * value ({@code label: &l "x"}), so {@code *l} later looked like an alias to nothing. The parser below reads
 * the anchor from the SnakeYAML event that produced the current token, for every kind of node.
 */
final class AnchorAwareYamlFactory extends YAMLFactory {

    private static final long serialVersionUID = 1L;

    AnchorAwareYamlFactory(LoaderOptions options) {
        super(YAMLFactory.builder().loaderOptions(options));
    }

    @Override
    protected YAMLParser _createParser(Reader reader, IOContext context) {
        return new Parser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
    }

    /** A YAML parser that also reports the anchor of the current scalar. */
    static final class Parser extends YAMLParser {

        Parser(IOContext context, int parserFeatures, int yamlFeatures, LoaderOptions options,
               com.fasterxml.jackson.core.ObjectCodec codec, Reader reader) {
            super(context, parserFeatures, yamlFeatures, options, codec, reader);
        }

        /** The anchor ({@code &name}) written on the current token, or null. */
        String anchor() {
            return _lastEvent instanceof NodeEvent node && !(node instanceof AliasEvent) ? node.getAnchor() : null;
        }
    }
}
