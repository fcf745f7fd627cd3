package com.scalemart.loadtest.simulation;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Shoppers searching: {@code GET /api/products?q=&category=&sort=} with words of the seed
 * vocabulary and category slugs read from {@code GET /api/categories} once at the start.
 * Searches are not cached; they measure MariaDB behind the service.
 */
public class SearchSimulation extends Simulation {

	/**
	 * Words the seeded names and descriptions are made of (brands, adjectives, nouns).
	 */
	static final List<String> WORDS = List.of("Acme", "Northwind", "Contoso", "Globex", "Initech", "Hooli", "Compact",
			"Classic", "Pro", "Ultra", "Eco", "Smart", "Rugged", "Nordic", "Vintage", "Laptop", "Smartphone",
			"Headphones", "Camera", "Pan", "Chair", "Lamp", "Sneaker", "Jacket", "Backpack", "Tent", "Novel", "Puzzle");

	static final List<String> SORTS = List.of("id", "price", "price,desc", "name", "createdAt,desc");

	/** The leaf categories the seed fills, used when the categories cannot be read. */
	static final List<String> SEED_CATEGORIES = List.of("laptops", "phones", "headphones", "cameras", "cookware",
			"furniture", "lighting", "shoes", "jackets", "bags", "bikes", "camping", "fitness", "books", "games");

	public SearchSimulation() {
		LoadSettings settings = LoadSettings.from(System.getProperties());
		SplittableRandom random = new SplittableRandom(settings.seed());
		java.util.Iterator<Map<String, Object>> feeder = Stream.generate(() -> Map.<String, Object>of("q",
				pick(WORDS, random), "sort", pick(SORTS, random), "pick", random.nextInt(1_000_000)))
			.iterator();
		ScenarioBuilder search = scenario("search").feed(feeder)
			.exec(http("categories").get("/api/categories")
				.check(status().is(200), jsonPath("$[*].slug").findAll().saveAs("slugs")))
			.exec((session) -> {
				List<String> slugs = session.contains("slugs") ? session.getList("slugs") : SEED_CATEGORIES;
				return session.set("category", slugs.get(session.getInt("pick") % slugs.size()));
			})
			.exec(http("search").get("/api/products?q=#{q}&category=#{category}&sort=#{sort}&size=20")
				.check(status().is(200)));
		setUp(Load.inject(search, settings)).protocols(Load.protocol(settings));
	}

	private static String pick(List<String> words, SplittableRandom random) {
		return words.get(random.nextInt(words.size()));
	}

}
