package org.accord.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The JSON the API reads is taken as written: a number is not text, an enum, a boolean or a date, a fraction is
 * not a whole number, and no text may carry a control character (PostgreSQL cannot store NUL) or half of a
 * surrogate pair, whatever it is read as: Jackson trims a date, an id or an enum name before parsing it, and
 * would take "2024-03-04" followed by a NUL as that date. Anything else is a 400 that names the field.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictJson() {
		return builder -> builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.withCoercionConfig(LogicalType.DateTime, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Enum, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.addModule(new SimpleModule("accord-clean-text").addDeserializer(String.class, new CleanText())
				.setDeserializerModifier(new ExactEnums()));
	}

	/**
	 * An enum is named exactly as it is spelt: " FACT" with a space is not FACT. Other scalars read from text hold to
	 * {@link InputText}.
	 */
	static final class ExactEnums extends ValueDeserializerModifier {

		@Override
		public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
				BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
			return new ExactEnum(deserializer);
		}

		@Override
		public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
				ValueDeserializer<?> deserializer) {
			Class<?> type = description.getBeanClass();
			boolean scalar = type == java.util.UUID.class || Number.class.isAssignableFrom(type) || type == Boolean.class
					|| java.time.temporal.TemporalAccessor.class.isAssignableFrom(type) || type == java.time.ZoneId.class
					|| type == java.time.Duration.class || type == java.time.Period.class;
			return scalar ? new CleanScalar(deserializer) : deserializer;
		}

	}

	/** A value read from JSON text (a date, an id, a number written as text) refused if the text is not clean. */
	static final class CleanScalar extends DelegatingDeserializer {

		CleanScalar(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new CleanScalar(delegate);
		}

		@Override
		public Object deserialize(JsonParser p, DeserializationContext ctxt) {
			if (p.currentToken() == JsonToken.VALUE_STRING && InputText.problem(p.getString()) != null) {
				return ctxt.handleWeirdStringValue(handledType(), p.getString(), InputText.problem(p.getString()));
			}
			return super.deserialize(p, ctxt);
		}

	}

	static final class ExactEnum extends DelegatingDeserializer {

		ExactEnum(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new ExactEnum(delegate);
		}

		@Override
		public Object deserialize(JsonParser p, DeserializationContext ctxt) {
			if (p.currentToken() == JsonToken.VALUE_STRING
					&& (!p.getString().equals(p.getString().strip()) || InputText.problem(p.getString()) != null)) {
				return ctxt.handleWeirdStringValue(handledType(), p.getString(), "must be one of the names, spelt exactly");
			}
			return super.deserialize(p, ctxt);
		}

	}

	/** Text without control characters (tab and line breaks excepted) and without lone surrogates. */
	static final class CleanText extends StringDeserializer {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) {
			String value = super.deserialize(p, ctxt);
			String problem = InputText.problem(value);
			if (problem != null) {
				return (String) ctxt.handleWeirdStringValue(String.class, value, problem);
			}
			return value;
		}

	}

}
