package org.passerelle.kernel.history;

import java.lang.reflect.Member;
import java.util.EnumSet;
import java.util.Properties;

import jakarta.persistence.GenerationType;

import org.hibernate.boot.model.relational.Database;
import org.hibernate.boot.model.relational.ExportableProducer;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.AnnotationBasedGenerator;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.generator.Generator;
import org.hibernate.generator.GeneratorCreationContext;
import org.hibernate.generator.OnExecutionGenerator;
import org.hibernate.id.Configurable;
import org.hibernate.id.IdentityGenerator;
import org.hibernate.id.OptimizableGenerator;
import org.hibernate.id.enhanced.SequenceStyleGenerator;
import org.hibernate.id.insert.InsertGeneratedIdentifierDelegate;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Revision numbers the database's native way, exactly as Envers' default revision entity
 * gave them, so that existing databases keep counting where they were: an identity column
 * where the dialect prefers one (H2), otherwise the sequence {@code revinfo_seq} read 50
 * numbers at a time (PostgreSQL). Hibernate's own {@code @NativeGenerator} cannot be
 * used: it forces an increment of 1 on the sequence. Not an API: only {@link Revision}
 * uses it, through {@link RevisionNumbering}.
 */
public class RevisionNumberGenerator implements AnnotationBasedGenerator<RevisionNumbering>, OnExecutionGenerator,
		BeforeExecutionGenerator, Configurable, ExportableProducer {

	static final String SEQUENCE = "revinfo_seq";

	static final int ALLOCATION_SIZE = 50;

	private Generator delegate;

	@Override
	public void initialize(RevisionNumbering annotation, Member member, GeneratorCreationContext context) {
		if (context.getDatabase().getDialect().getNativeValueGenerationStrategy() == GenerationType.IDENTITY) {
			this.delegate = new IdentityGenerator();
			context.getProperty().getValue().getColumns().get(0).setIdentity(true);
		}
		else {
			this.delegate = new SequenceStyleGenerator();
		}
	}

	@Override
	public void configure(GeneratorCreationContext context, Properties parameters) {
		if (this.delegate instanceof SequenceStyleGenerator sequence) {
			parameters.put(SequenceStyleGenerator.SEQUENCE_PARAM, SEQUENCE);
			parameters.put(OptimizableGenerator.INITIAL_PARAM, "1");
			parameters.put(OptimizableGenerator.INCREMENT_PARAM, String.valueOf(ALLOCATION_SIZE));
			sequence.configure(context, parameters);
		}
	}

	@Override
	public void registerExportables(Database database) {
		if (this.delegate instanceof ExportableProducer producer) {
			producer.registerExportables(database);
		}
	}

	@Override
	public void initialize(SqlStringGenerationContext context) {
		if (this.delegate instanceof Configurable configurable) {
			configurable.initialize(context);
		}
	}

	@Override
	public EnumSet<EventType> getEventTypes() {
		return this.delegate.getEventTypes();
	}

	@Override
	public boolean generatedOnExecution() {
		return this.delegate.generatedOnExecution();
	}

	@Override
	public Object generate(SharedSessionContractImplementor session, Object owner, Object currentValue,
			EventType eventType) {
		return ((BeforeExecutionGenerator) this.delegate).generate(session, owner, currentValue, eventType);
	}

	@Override
	public boolean referenceColumnsInSql(Dialect dialect) {
		return ((OnExecutionGenerator) this.delegate).referenceColumnsInSql(dialect);
	}

	@Override
	public boolean writePropertyValue() {
		return ((OnExecutionGenerator) this.delegate).writePropertyValue();
	}

	@Override
	public String[] getReferencedColumnValues(Dialect dialect) {
		return ((OnExecutionGenerator) this.delegate).getReferencedColumnValues(dialect);
	}

	@Override
	public InsertGeneratedIdentifierDelegate getGeneratedIdentifierDelegate(EntityPersister persister) {
		return ((OnExecutionGenerator) this.delegate).getGeneratedIdentifierDelegate(persister);
	}

}
