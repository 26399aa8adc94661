package io.dunning.events.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.dunning.events.common.TypedId;
import java.io.IOException;
import java.lang.reflect.Constructor;

/**
 * The wire form of the published language's ids: every {@link TypedId} is a bare JSON string ({@code "c-1"}, not
 * {@code {"value":"c-1"}}), read back through the record's one-String constructor. Every service registers it in
 * its ObjectMapper (which Axon's Jackson serializer uses too), so events, Kafka bodies and REST agree.
 * Jackson is an optional dependency of common-events: the event records themselves need none.
 */
public class TypedIdModule extends SimpleModule {

    public TypedIdModule() {
        super("dunning-typed-ids");
        addSerializer(TypedId.class, new TypedIdSerializer());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addDeserializers(new TypedIdDeserializers());
    }

    private static final class TypedIdSerializer extends StdSerializer<TypedId> {

        TypedIdSerializer() {
            super(TypedId.class);
        }

        @Override
        public void serialize(TypedId id, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(id.value());
        }
    }

    private static final class TypedIdDeserializers extends Deserializers.Base {

        @Override
        public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                                                        BeanDescription beanDesc) {
            if (!TypedId.class.isAssignableFrom(type.getRawClass()) || type.isInterface()) {
                return null;
            }
            return new TypedIdDeserializer(type.getRawClass());
        }
    }

    private static final class TypedIdDeserializer extends JsonDeserializer<TypedId> {

        private final Class<?> idType;
        private final Constructor<?> constructor;

        TypedIdDeserializer(Class<?> idType) {
            this.idType = idType;
            try {
                this.constructor = idType.getDeclaredConstructor(String.class);
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException(idType.getName() + " has no (String) constructor", e);
            }
        }

        @Override
        public TypedId deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (TypedId) ctxt.handleUnexpectedToken(idType, parser);
            }
            try {
                return (TypedId) constructor.newInstance(parser.getText());
            } catch (ReflectiveOperationException e) {
                return (TypedId) ctxt.handleInstantiationProblem(idType, null,
                        e.getCause() != null ? e.getCause() : e);
            }
        }
    }
}
