package com.scalemart.catalog.seed;

import java.util.List;

/** The words seed products are made of. */
final class Vocabulary {

	record Kind(String slug, String name, double typicalPrice, List<String> nouns) {
	}

	record Department(String slug, String name, List<Kind> kinds) {
	}

	static final List<Department> DEPARTMENTS = List.of(
			new Department("electronics", "Electronics",
					List.of(new Kind("laptops", "Laptops", 1100, List.of("Laptop", "Notebook", "Ultrabook")),
							new Kind("phones", "Phones", 650, List.of("Smartphone", "Phone")),
							new Kind("headphones", "Headphones", 120, List.of("Headphones", "Earbuds", "Headset")),
							new Kind("cameras", "Cameras", 700, List.of("Camera", "Action Cam", "Lens")))),
			new Department("home", "Home & Kitchen",
					List.of(new Kind("cookware", "Cookware", 60, List.of("Pan", "Pot", "Wok", "Skillet")),
							new Kind("furniture", "Furniture", 300, List.of("Chair", "Desk", "Shelf", "Sofa")),
							new Kind("lighting", "Lighting", 45, List.of("Lamp", "Pendant", "Light Strip")))),
			new Department("fashion", "Fashion",
					List.of(new Kind("shoes", "Shoes", 90, List.of("Sneaker", "Boot", "Sandal", "Loafer")),
							new Kind("jackets", "Jackets", 140, List.of("Jacket", "Parka", "Raincoat")),
							new Kind("bags", "Bags", 70, List.of("Backpack", "Tote", "Duffel")))),
			new Department("sports", "Sports & Outdoors",
					List.of(new Kind("bikes", "Bikes", 800, List.of("Road Bike", "Gravel Bike", "E-Bike")),
							new Kind("camping", "Camping", 110, List.of("Tent", "Sleeping Bag", "Stove")),
							new Kind("fitness", "Fitness", 50, List.of("Kettlebell", "Yoga Mat", "Jump Rope")))),
			new Department("books-media", "Books & Media",
					List.of(new Kind("books", "Books", 18, List.of("Novel", "Cookbook", "Guide", "Atlas")),
							new Kind("games", "Games", 45, List.of("Board Game", "Puzzle", "Card Game")))));

	static final List<String> BRANDS = List.of("Acme", "Northwind", "Contoso", "Fabrikam", "Globex", "Initech",
			"Umbrella", "Hooli", "Vandelay", "Wayne", "Stark", "Tyrell", "Soylent", "Wonka", "Cyberdyne");

	static final List<String> ADJECTIVES = List.of("Compact", "Classic", "Pro", "Ultra", "Eco", "Smart", "Rugged",
			"Light", "Deluxe", "Essential", "Urban", "Nordic", "Vintage", "Sport", "Quiet");

	static final List<String> QUALITIES = List.of("built to last", "easy to clean", "light to carry", "quiet in use",
			"made from recycled materials", "designed in Copenhagen", "water resistant",
			"covered by a three-year warranty", "energy efficient", "award winning");

	static final List<String> PROMISES = List.of("Ships within a day.", "Free returns for 30 days.",
			"Loved by thousands of customers.", "Limited stock.", "New this season.");

	private Vocabulary() {
	}

}
