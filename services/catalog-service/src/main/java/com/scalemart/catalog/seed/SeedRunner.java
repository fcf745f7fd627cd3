package com.scalemart.catalog.seed;

import com.scalemart.catalog.config.CatalogProperties;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The seed command: started with {@code --scalemart.catalog.seed.products=N}, the service
 * loads N products after its migrations and, with
 * {@code --scalemart.catalog.seed.exit=true}, exits when done ({@code ./scalemart seed}
 * runs it that way).
 */
@Component
@ConditionalOnProperty("scalemart.catalog.seed.products")
class SeedRunner implements ApplicationRunner {

	private final CatalogSeeder seeder;

	private final CatalogProperties properties;

	private final ConfigurableApplicationContext context;

	SeedRunner(CatalogSeeder seeder, CatalogProperties properties, ConfigurableApplicationContext context) {
		this.seeder = seeder;
		this.properties = properties;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		CatalogProperties.Seed seed = this.properties.seed();
		this.seeder.seed(seed.products(), seed.randomSeed());
		if (seed.exit()) {
			System.exit(SpringApplication.exit(this.context, () -> 0));
		}
	}

}
